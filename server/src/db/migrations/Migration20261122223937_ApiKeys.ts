import { Migration } from '@mikro-orm/migrations';

export class Migration20261122223937_ApiKeys extends Migration {

  override name = 'Migration20261122223937_ApiKeys';

  override up(): void | Promise<void> {
    this.addSql(`create table "api_key" ("id" uuid not null, "organization_id" uuid not null, "public_id" varchar(16) not null, "name" varchar(100) not null, "description" varchar(500) not null default '', "secret_hash" varchar(64) not null, "secret_key_id" varchar(32) not null, "last4" varchar(4) not null, "previous_secret_hash" varchar(64) null, "previous_secret_key_id" varchar(32) null, "previous_secret_valid_until" timestamptz null, "scopes" jsonb null, "status" text not null default 'ACTIVE', "rate_limit_per_minute" int null, "rate_limit_per_hour" int null, "expires_at" timestamptz null, "expiry_reminder_stage" smallint null, "created_by_id" uuid null, "last_used_at" timestamptz null, "rolled_at" timestamptz null, "suspended_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_public_id_unique" unique ("public_id");`);
    this.addSql(`create index "api_key_organization_id_created_at_index" on "api_key" ("organization_id", "created_at");`);

    this.addSql(`create table "api_key_usage" ("id" uuid not null, "api_key_id" uuid not null, "day" date not null, "requests" int not null default 0, "failures" int not null default 0, "rate_limited" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "api_key_usage" add constraint "api_key_usage_api_key_id_day_unique" unique ("api_key_id", "day");`);

    this.addSql(`create table "api_key_role" ("api_key_id" uuid not null, "role_id" uuid not null, primary key ("api_key_id", "role_id"));`);

    this.addSql(`alter table "api_key" add constraint "api_key_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "api_key" add constraint "api_key_status_check" check ("status" in ('ACTIVE', 'SUSPENDED', 'REVOKED'));`);

    this.addSql(`alter table "api_key_usage" add constraint "api_key_usage_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on delete cascade;`);

    this.addSql(`alter table "api_key_role" add constraint "api_key_role_api_key_id_foreign" foreign key ("api_key_id") references "api_key" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "api_key_role" add constraint "api_key_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "api_key_usage" drop constraint "api_key_usage_api_key_id_foreign";`);
    this.addSql(`alter table "api_key_role" drop constraint "api_key_role_api_key_id_foreign";`);

    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "api_key_usage" cascade;`);
    this.addSql(`drop table if exists "api_key_role" cascade;`);
  }

}
