import { Migration } from '@mikro-orm/migrations';

export class Migration20261122222205_Initial extends Migration {

  override name = 'Migration20261122222205_Initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_event" ("id" uuid not null, "organization_id" uuid null, "actor_type" text not null, "actor_id" uuid null, "actor_label" varchar(320) null, "action" varchar(80) not null, "target_type" varchar(40) null, "target_id" varchar(120) null, "summary" varchar(1000) not null, "ip" varchar(64) null, "user_agent" varchar(500) null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audit_event_organization_id_at_index" on "audit_event" ("organization_id", "at");`);

    this.addSql(`create table "organization" ("id" uuid not null, "name" varchar(120) not null, "slug" varchar(64) not null, "environments" jsonb not null, "default_rate_limit_per_minute" int not null default 60, "default_rate_limit_per_hour" int not null default 1000, "rate_limit_ceiling_per_minute" int not null default 600, "rate_limit_ceiling_per_hour" int not null default 20000, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);

    this.addSql(`create table "role" ("id" uuid not null, "organization_id" uuid null, "built_in_key" varchar(32) null, "name" varchar(80) not null, "description" varchar(500) not null default '', "permissions" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "role" add constraint "role_built_in_key_unique" unique ("built_in_key");`);

    this.addSql(`create table "setup_token" ("token_hash" varchar(64) not null, "created_at" timestamptz not null, primary key ("token_hash"));`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(320) not null, "first_name" varchar(100) null, "last_name" varchar(100) null, "display_name" varchar(200) not null, "sign_in_method" text not null default 'PASSWORD', "sso_provider" varchar(100) null, "password_hash" text null, "last_login_at" timestamptz null, "is_super_admin" boolean not null default false, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("id" uuid not null, "token_hash" varchar(64) not null, "user_id" uuid not null, "organization_id" uuid not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ip" varchar(64) null, "user_agent" varchar(500) null, primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "membership" ("id" uuid not null, "user_id" uuid not null, "organization_id" uuid not null, "status" text not null default 'ACTIVE', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_organization_id_unique" unique ("user_id", "organization_id");`);

    this.addSql(`create table "membership_role" ("membership_id" uuid not null, "role_id" uuid not null, primary key ("membership_id", "role_id"));`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_actor_type_check" check ("actor_type" in ('USER', 'API_KEY', 'SYSTEM', 'ANONYMOUS'));`);

    this.addSql(`alter table "role" add constraint "role_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "app_user" add constraint "app_user_sign_in_method_check" check ("sign_in_method" in ('PASSWORD', 'SSO'));`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "session" add constraint "session_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_status_check" check ("status" in ('ACTIVE', 'SUSPENDED', 'INVITED'));`);

    this.addSql(`alter table "membership_role" add constraint "membership_role_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership_role" add constraint "membership_role_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "role" drop constraint "role_organization_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_organization_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_organization_id_foreign";`);
    this.addSql(`alter table "membership_role" drop constraint "membership_role_role_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);
    this.addSql(`alter table "membership_role" drop constraint "membership_role_membership_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "role" cascade;`);
    this.addSql(`drop table if exists "setup_token" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "membership_role" cascade;`);
  }

}
