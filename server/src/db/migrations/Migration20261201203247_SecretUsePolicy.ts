import { Migration } from '@mikro-orm/migrations';

export class Migration20261201203247_SecretUsePolicy extends Migration {

  override name = 'Migration20261201203247_SecretUsePolicy';

  override up(): void | Promise<void> {
    this.addSql(`alter table "secret" add "use_policy" text not null default 'EVERYONE', add "use_role_ids" jsonb not null default '[]';`);
    // The default only fills existing rows; new rows get their value from the entity.
    this.addSql(`alter table "secret" alter column "use_role_ids" drop default;`);
    this.addSql(`alter table "secret" add constraint "secret_use_policy_check" check ("use_policy" in ('EVERYONE', 'ROLES'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "secret" drop constraint "secret_use_policy_check";`);
    this.addSql(`alter table "secret" drop column "use_policy", drop column "use_role_ids";`);
  }

}
