import { Migration } from '@mikro-orm/migrations';

export class Migration20261201232609_AuthorityVersion extends Migration {

  override name = 'Migration20261201232609_AuthorityVersion';

  override up(): void | Promise<void> {
    this.addSql(`create table "authority_version" ("scope" varchar(64) not null, "version" bigint not null, "changed_at" timestamptz not null, primary key ("scope"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "authority_version" cascade;`);
  }

}
