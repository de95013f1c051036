import { DirectiveLocation, GraphQLDirective, GraphQLNonNull, GraphQLSchema, isEnumType } from 'graphql';
import type { Permission } from '@keyward/shared/permissions';
import { Authorized, Directive, type AuthChecker } from 'type-graphql';
import type { GraphQLContext } from '../core/context';
import { forbidden, unauthenticated } from '../core/errors';

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

/**
 * Declares a permission on a field, query, mutation or type: type-graphql enforces it through
 * `authChecker`, and the same declaration prints `@requires` into the emitted schema.
 */
export function Requires(permission: Permission): MethodDecorator & PropertyDecorator & ClassDecorator {
  const authorized = Authorized(permission);
  const directive = Directive(`@requires(permission: ${permission})`);
  return ((target: object, propertyKey?: string | symbol, descriptor?: PropertyDescriptor) => {
    if (propertyKey === undefined) {
      (authorized as ClassDecorator)(target as never);
      (directive as ClassDecorator)(target as never);
      return;
    }
    (authorized as MethodDecorator)(target, propertyKey, descriptor as PropertyDescriptor);
    (directive as MethodDecorator)(target, propertyKey, descriptor as PropertyDescriptor);
  }) as MethodDecorator & PropertyDecorator & ClassDecorator;
}

/** `@Authorized()` without a permission means: any signed-in actor. */
export const authChecker: AuthChecker<GraphQLContext, Permission> = ({ context }, permissions) => {
  const actor = context.actor;
  if (actor === null) throw unauthenticated();
  const missing = permissions.find((p) => !actor.permissions.has(p));
  if (missing !== undefined) throw forbidden(`This requires the ${missing} permission.`);
  return true;
};
