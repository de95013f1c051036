import { Migration } from '@mikro-orm/migrations';

export class Migration20261201212918_ConnectionLastTest extends Migration {

  override name = 'Migration20261201212918_ConnectionLastTest';

  override up(): void | Promise<void> {
    this.addSql(`alter table "credential" add "last_test_ok" boolean null, add "last_test_message" varchar(500) null, add "last_test_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "credential" drop column "last_test_ok", drop column "last_test_message", drop column "last_test_at";`);
  }

}
