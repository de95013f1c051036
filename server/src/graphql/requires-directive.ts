import { DirectiveLocation, GraphQLDirective, GraphQLNonNull, GraphQLSchema, isEnumType } from 'graphql';

/**
 * Adds the `@requires(permission: Permission!)` definition to a built schema, typed by the
 * schema's own Permission enum, so integrators read in the SDL what each field needs.
 */
export function withRequiresDirective(schema: GraphQLSchema): GraphQLSchema {
  const permission = schema.getType('Permission');
  if (!isEnumType(permission)) throw new Error('the Permission enum is not in the schema');
  const requires = new GraphQLDirective({
    name: 'requires',
    description: 'The caller needs this permission to read the field or run the operation.',
    locations: [DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.OBJECT],
    args: { permission: { type: new GraphQLNonNull(permission) } },
  });
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, directives: [...config.directives, requires] });
}
