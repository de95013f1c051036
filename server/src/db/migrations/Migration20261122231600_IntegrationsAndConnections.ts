import { Migration } from '@mikro-orm/migrations';

export class Migration20261122231600_IntegrationsAndConnections extends Migration {

  override name = 'Migration20261122231600_IntegrationsAndConnections';

  override up(): void | Promise<void> {
    this.addSql(`create table "integration" ("id" uuid not null, "organization_id" uuid null, "name" varchar(120) not null, "description" varchar(1000) not null default '', "domain_vertical" varchar(120) not null default '', "type" text not null, "provider" varchar(40) not null, "config_mode" text not null default 'SAME_FOR_ALL', "spec_url" varchar(2000) null, "starter_key" varchar(40) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "integration" add constraint "integration_starter_key_unique" unique ("starter_key");`);
    this.addSql(`create index "integration_organization_id_name_index" on "integration" ("organization_id", "name");`);

    this.addSql(`create table "integration_version" ("id" uuid not null, "integration_id" uuid not null, "label" varchar(60) not null, "status" text not null default 'DRAFT', "spec_url" varchar(2000) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create unique index "integration_version_integration_id_unique" on "integration_version" ("integration_id") where "status" = 'ACTIVE';`);

    this.addSql(`create table "integration_config" ("id" uuid not null, "integration_id" uuid not null, "environment" varchar(32) null, "base_url" varchar(2000) null, "test_path" varchar(2000) null, "auth_type" text not null default 'NONE', "settings" jsonb not null, "secret_keys" jsonb not null, "ciphertext" bytea null, "nonce" bytea null, "wrapped_key" bytea null, "key_id" varchar(32) null, "position" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "integration_config_key_id_index" on "integration_config" ("key_id");`);
    this.addSql(`alter table "integration_config" add constraint "integration_config_integration_id_environment_unique" unique ("integration_id", "environment");`);

    this.addSql(`create table "connection" ("id" uuid not null, "organization_id" uuid not null, "integration_id" uuid not null, "name" varchar(120) not null, "visibility" text not null, "owner_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "connection_organization_id_name_index" on "connection" ("organization_id", "name");`);

    this.addSql(`create table "credential" ("id" uuid not null, "connection_id" uuid not null, "environment" varchar(32) not null, "values" jsonb not null, "secret_keys" jsonb not null, "ciphertext" bytea null, "nonce" bytea null, "wrapped_key" bytea null, "key_id" varchar(32) null, "updated_by_id" uuid null, "updated_by_name" varchar(200) null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "credential_key_id_index" on "credential" ("key_id");`);
    this.addSql(`alter table "credential" add constraint "credential_connection_id_environment_unique" unique ("connection_id", "environment");`);

    this.addSql(`create table "connection_share" ("id" uuid not null, "connection_id" uuid not null, "user_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "connection_share" add constraint "connection_share_connection_id_user_id_unique" unique ("connection_id", "user_id");`);

    this.addSql(`alter table "integration" add constraint "integration_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "integration" add constraint "integration_type_check" check ("type" in ('REST_API', 'DATABASE', 'EMAIL', 'SMS', 'AI_PROVIDER', 'MCP', 'STORAGE'));`);
    this.addSql(`alter table "integration" add constraint "integration_config_mode_check" check ("config_mode" in ('SAME_FOR_ALL', 'PER_ENVIRONMENT'));`);

    this.addSql(`alter table "integration_version" add constraint "integration_version_integration_id_foreign" foreign key ("integration_id") references "integration" ("id") on delete cascade;`);
    this.addSql(`alter table "integration_version" add constraint "integration_version_status_check" check ("status" in ('DRAFT', 'ACTIVE', 'DEPRECATED'));`);

    this.addSql(`alter table "integration_config" add constraint "integration_config_integration_id_foreign" foreign key ("integration_id") references "integration" ("id") on delete cascade;`);
    this.addSql(`alter table "integration_config" add constraint "integration_config_auth_type_check" check ("auth_type" in ('NONE', 'BEARER', 'API_KEY', 'BASIC', 'OAUTH2', 'CUSTOM_HEADERS'));`);

    this.addSql(`alter table "connection" add constraint "connection_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "connection" add constraint "connection_integration_id_foreign" foreign key ("integration_id") references "integration" ("id") on delete cascade;`);
    this.addSql(`alter table "connection" add constraint "connection_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "connection" add constraint "connection_visibility_check" check ("visibility" in ('ORGANIZATION', 'PERSONAL'));`);

    this.addSql(`alter table "credential" add constraint "credential_connection_id_foreign" foreign key ("connection_id") references "connection" ("id") on delete cascade;`);
    this.addSql(`alter table "credential" add constraint "credential_updated_by_id_foreign" foreign key ("updated_by_id") references "app_user" ("id") on delete set null;`);

    this.addSql(`alter table "connection_share" add constraint "connection_share_connection_id_foreign" foreign key ("connection_id") references "connection" ("id") on delete cascade;`);
    this.addSql(`alter table "connection_share" add constraint "connection_share_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "integration_version" drop constraint "integration_version_integration_id_foreign";`);
    this.addSql(`alter table "integration_config" drop constraint "integration_config_integration_id_foreign";`);
    this.addSql(`alter table "connection" drop constraint "connection_integration_id_foreign";`);
    this.addSql(`alter table "credential" drop constraint "credential_connection_id_foreign";`);
    this.addSql(`alter table "connection_share" drop constraint "connection_share_connection_id_foreign";`);

    this.addSql(`drop table if exists "integration" cascade;`);
    this.addSql(`drop table if exists "integration_version" cascade;`);
    this.addSql(`drop table if exists "integration_config" cascade;`);
    this.addSql(`drop table if exists "connection" cascade;`);
    this.addSql(`drop table if exists "credential" cascade;`);
    this.addSql(`drop table if exists "connection_share" cascade;`);
  }

}
