import { Migration } from '@mikro-orm/migrations';

export class Migration20261122223459_UsersAndRoles extends Migration {

  override name = 'Migration20261122223459_UsersAndRoles';

  override up(): void | Promise<void> {
    this.addSql(`create table "invitation" ("id" uuid not null, "membership_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "invitation_membership_id_index" on "invitation" ("membership_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "invitation" add constraint "invitation_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "invitation" cascade;`);
  }

}
