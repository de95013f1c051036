import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PERMISSION_AREAS, PERMISSIONS, ALL_PERMISSIONS, isSuperAdminOnly, type Permission as PermissionName } from '@keyward/shared/permissions';
import { PermissionEnum } from '../../core/permission.enum';
import type { Role } from './role.entity';
import type { RoleUsage } from './role.service';

@ObjectType('Role')
export class RoleType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean, { description: 'Built-in roles are the same in every organization and cannot be changed.' })
  builtIn!: boolean;

  @Field(() => [PermissionEnum])
  permissions!: PermissionName[];

  static from(role: Role): RoleType {
    return Object.assign(new RoleType(), {
      id: role.id,
      name: role.name,
      description: role.description,
      builtIn: role.builtInKey !== null,
      permissions: [...role.permissions],
    });
  }
}

@ObjectType('RoleUsage', { description: 'Who holds a role in this organization; a role in use cannot be deleted.' })
export class RoleUsageType implements RoleUsage {
  @Field(() => Int)
  members!: number;

  @Field(() => Int)
  apiKeys!: number;
}

@ObjectType('PermissionInfo', { description: 'One permission of the catalog.' })
export class PermissionInfoType {
  @Field(() => PermissionEnum)
  name!: PermissionName;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean, { description: 'Only the Super Admin role holds it; custom roles cannot include it.' })
  superAdminOnly!: boolean;
}

@ObjectType('PermissionGroup', { description: 'The permissions of one area, in catalog order.' })
export class PermissionGroupType {
  @Field(() => String)
  area!: string;

  @Field(() => [PermissionInfoType])
  permissions!: PermissionInfoType[];

  static catalog(): PermissionGroupType[] {
    return PERMISSION_AREAS.map((area) =>
      Object.assign(new PermissionGroupType(), {
        area,
        permissions: ALL_PERMISSIONS.filter((p) => PERMISSIONS[p].area === area).map((name) =>
          Object.assign(new PermissionInfoType(), { name, label: PERMISSIONS[name].label, superAdminOnly: isSuperAdminOnly(name) }),
        ),
      }),
    );
  }
}

@InputType('CreateRoleInput')
export class CreateRoleInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [PermissionEnum])
  permissions!: PermissionName[];
}

@InputType('UpdateRoleInput', { description: 'Omitted fields stay as they are; `permissions` replaces the whole list.' })
export class UpdateRoleInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [PermissionEnum], { nullable: true })
  permissions?: PermissionName[] | null;
}
