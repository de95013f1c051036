import type { Permission } from '@keyward/shared/permissions';
import { Authorized, Directive, type AuthChecker } from 'type-graphql';
import type { GraphQLContext } from './context';
import { forbidden, unauthenticated } from './errors';

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
