import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import type { Permission as PermissionName } from '@keyward/shared/permissions';
import { PermissionEnum } from '../../core/permission.enum';
import { OrganizationType } from '../organizations/organization.types';
import { RoleType } from '../roles/role.types';
import type { UserActor } from '../../core/actor';

@ObjectType('Viewer', { description: 'The signed-in user, in the organization of this session.' })
export class ViewerType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => Boolean)
  isSuperAdmin!: boolean;

  @Field(() => [PermissionEnum], { description: 'What this user may do in this organization.' })
  permissions!: PermissionName[];

  @Field(() => [RoleType])
  roles!: RoleType[];

  @Field(() => OrganizationType, { description: "The session's current organization (see switchOrganization)." })
  organization!: OrganizationType;

  @Field(() => Boolean, { description: 'True until the user replaces an initial password set by an admin.' })
  mustChangePassword!: boolean;

  static from(actor: UserActor): ViewerType {
    const { user } = actor;
    return Object.assign(new ViewerType(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      firstName: user.firstName,
      lastName: user.lastName,
      isSuperAdmin: user.isSuperAdmin,
      permissions: [...actor.permissions],
      roles: actor.membership?.roles.getItems().map((r) => RoleType.from(r)) ?? [],
      organization: OrganizationType.from(actor.organization),
      mustChangePassword: user.mustChangePassword,
    });
  }
}

/** The viewer of an actor, its membership's roles loaded first (an actor from the session cache carries the membership without them). */
export async function viewerOf(em: EntityManager, actor: UserActor): Promise<ViewerType> {
  if (actor.membership !== null && !actor.membership.roles.isInitialized()) await em.populate(actor.membership, ['roles']);
  return ViewerType.from(actor);
}
