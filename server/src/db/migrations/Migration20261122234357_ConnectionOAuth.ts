import { Migration } from '@mikro-orm/migrations';

export class Migration20261122234357_ConnectionOAuth extends Migration {

  override name = 'Migration20261122234357_ConnectionOAuth';

  override up(): void | Promise<void> {
    this.addSql(`create table "connection_oauth_state" ("id" uuid not null, "organization_id" uuid not null, "connection_id" uuid not null, "environment" varchar(32) not null, "user_id" uuid not null, "state_hash" varchar(64) not null, "sealed_verifier" bytea not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "connection_oauth_state_expires_at_index" on "connection_oauth_state" ("expires_at");`);
    this.addSql(`alter table "connection_oauth_state" add constraint "connection_oauth_state_state_hash_unique" unique ("state_hash");`);

    this.addSql(`alter table "credential" add "token_expires_at" timestamptz null;`);

    this.addSql(`alter table "connection_oauth_state" add constraint "connection_oauth_state_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "connection_oauth_state" add constraint "connection_oauth_state_connection_id_foreign" foreign key ("connection_id") references "connection" ("id") on delete cascade;`);
    this.addSql(`alter table "connection_oauth_state" add constraint "connection_oauth_state_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "connection_oauth_state" cascade;`);

    this.addSql(`alter table "credential" drop column "token_expires_at";`);
  }

}
