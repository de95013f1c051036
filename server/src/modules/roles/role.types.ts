import { Field, ID, ObjectType } from 'type-graphql';
import type { Permission as PermissionName } from '@keyward/shared/permissions';
import { PermissionEnum } from '../../graphql/permission.enum';
import type { Role } from './role.entity';

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
