import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isCompositeType,
  isListType,
  parse,
  specifiedRules,
  validate,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type InlineFragmentNode,
  type GraphQLSchema,
  type ParseOptions,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../core/pagination';

/** What one operation may ask for. The SPA's own operations stay well inside (test/spa-operations.test.ts). */
export const LIMITS = {
  tokens: 3000,
  depth: 12,
  aliases: 20,
  directives: 20,
  cost: 5000,
} as const;

/** The size assumed for a list field without a `first` argument (roles of a member, fields of a connection…). */
export const ASSUMED_LIST_SIZE = 10;

const refused = (message: string) => new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });

/** Every alias in the operation counts, `__typename` included, and a fragment's aliases count at each spread. */
export function maxAliasesRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(context.getDocument().definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
    const count = (set: SelectionSetNode, visiting: Set<string>): number => {
      let total = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.alias !== undefined) total += 1;
          if (selection.selectionSet) total += count(selection.selectionSet, visiting);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) total += count(selection.selectionSet, visiting);
        else {
          const fragment: FragmentDefinitionNode | undefined = fragments.get(selection.name.value);
          if (fragment === undefined || visiting.has(fragment.name.value)) continue;
          total += count(fragment.selectionSet, new Set([...visiting, fragment.name.value]));
        }
        if (total > max) return total;
      }
      return total;
    };
    return {
      OperationDefinition(operation) {
        const found = count(operation.selectionSet, new Set());
        if (found > max) context.reportError(refused(`Aliases limit of ${max} exceeded: the operation uses more than ${max} aliases.`));
      },
    };
  };
}

/** How many items a page-sized field may return, from its (already coerced) `first` argument. */
function pageSize(first: unknown): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 0) return MAX_PAGE_SIZE;
  return Math.min(first, MAX_PAGE_SIZE);
}

interface CostWalk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function included(walk: CostWalk, node: FieldNode | InlineFragmentNode | FragmentSpreadNode): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if !== false;
}

/**
 * Roughly the number of objects an operation returns: every object field costs 1, scalars and enums
 * nothing (they come with their object), unless a field declares a `complexity` extension. A field taking `first`
 * multiplies what it selects by the page size (argument or variable; 25 when omitted, capped at 100);
 * the `edges` list inside such a connection is then not multiplied again. Other lists count
 * ASSUMED_LIST_SIZE items, each with its selection. Abstract types count their most expensive branch.
 */
function selectionCost(walk: CostWalk, parent: GraphQLCompositeType, set: SelectionSetNode, visiting: ReadonlySet<string>): number {
  let total = 0;
  const branches = new Map<string, number>();
  const addTo = (typeName: string | undefined, cost: number) => {
    if (typeName === undefined || typeName === parent.name) total += cost;
    else branches.set(typeName, (branches.get(typeName) ?? 0) + cost);
  };
  for (const selection of set.selections) {
    if (!included(walk, selection)) continue;
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(walk, parent, selection, visiting);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const typeName = selection.typeCondition?.name.value;
      const type = typeName === undefined ? parent : walk.schema.getType(typeName);
      if (isCompositeType(type)) addTo(typeName, selectionCost(walk, type, selection.selectionSet, visiting));
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (fragment === undefined || visiting.has(fragment.name.value)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      if (isCompositeType(type)) addTo(fragment.typeCondition.name.value, selectionCost(walk, type, fragment.selectionSet, new Set([...visiting, fragment.name.value])));
    }
  }
  return total + Math.max(0, ...branches.values());
}

function fieldCost(walk: CostWalk, parent: GraphQLCompositeType, node: FieldNode, visiting: ReadonlySet<string>): number {
  if (node.name.value.startsWith('__') || !('getFields' in parent)) return 0;
  const field = parent.getFields()[node.name.value];
  if (field === undefined) return 0;
  const named = getNamedType(field.type);
  const own = typeof field.extensions.complexity === 'number' ? field.extensions.complexity : isCompositeType(named) ? 1 : 0;
  const children = node.selectionSet !== undefined && isCompositeType(named) ? selectionCost(walk, named, node.selectionSet, visiting) : 0;
  if (field.args.some((arg) => arg.name === 'first')) return own + pageSize(getArgumentValues(field, node, walk.variables).first) * children;
  if (!isListType(getNullableType(field.type))) return own + children;
  if (field.name === 'edges' && parent.name.endsWith('Connection')) return own + children;
  return ASSUMED_LIST_SIZE * (own + children);
}

/** The cost of the operation with these variables, or undefined when the variables do not coerce (execution refuses them). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined): number | undefined {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const root = schema.getRootType(operation.operation);
  if (!root) return undefined;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors !== undefined) return undefined;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  try {
    return selectionCost({ schema, fragments, variables: coerced.coerced }, root, operation.selectionSet, new Set());
  } catch {
    // An argument that does not coerce: execution reports it.
    return undefined;
  }
}

export function costError(cost: number): GraphQLError {
  return new GraphQLError(`Query cost limit of ${LIMITS.cost} exceeded: this operation costs ${cost}. Ask for fewer items per page or fewer fields.`, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

/** The cost limit runs once the operation and its variables are known (validation rules never see variables). */
export function costLimitPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const cost = operationCost(schema, document, request.operationName, request.variables);
          if (cost !== undefined && cost > LIMITS.cost) throw costError(cost);
        },
      };
    },
  };
}

export interface GraphQLLimits {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
}

/**
 * The one configuration of request limits. Tokens are counted by graphql-js's parser (a parse
 * error, so 400), depth and directives by graphql-armor's validation rules, aliases and cost here.
 */
export function graphqlLimits(options: { blockFieldSuggestions: boolean }): GraphQLLimits {
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.depth },
    maxDirectives: { n: LIMITS.directives },
    maxAliases: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  });
  const protection = armor.protect();
  return {
    parseOptions: { maxTokens: LIMITS.tokens },
    validationRules: [...protection.validationRules, maxAliasesRule(LIMITS.aliases)],
    plugins: [...protection.plugins, costLimitPlugin()],
  };
}

/**
 * Everything the server checks before executing an operation, outside Apollo: parse with the token
 * limit, the specified rules plus the limit rules, then the cost with these variables. [] when it passes.
 */
export function checkOperation(schema: GraphQLSchema, source: string, variables: Record<string, unknown>, operationName?: string): readonly GraphQLError[] {
  const limits = graphqlLimits({ blockFieldSuggestions: false });
  let document: DocumentNode;
  try {
    document = parse(source, limits.parseOptions);
  } catch (error) {
    return [error instanceof GraphQLError ? error : refused(String(error))];
  }
  const errors = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
  if (errors.length > 0) return errors;
  const cost = operationCost(schema, document, operationName, variables);
  if (cost === undefined) return [refused('The variables do not match the operation.')];
  return cost > LIMITS.cost ? [costError(cost)] : [];
}
