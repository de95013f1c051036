import { Migration } from '@mikro-orm/migrations';

export class Migration20261201212821_OrganizationsAndMemberships extends Migration {

  override name = 'Migration20261201212821_OrganizationsAndMemberships';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add "must_change_password" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop column "must_change_password";`);
  }

}
