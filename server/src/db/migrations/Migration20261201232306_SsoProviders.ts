import { Migration } from '@mikro-orm/migrations';

export class Migration20261201232306_SsoProviders extends Migration {

  override name = 'Migration20261201232306_SsoProviders';

  override up(): void | Promise<void> {
    this.addSql(`create table "sso_provider" ("id" uuid not null, "organization_id" uuid not null, "display_name" varchar(100) not null, "issuer" varchar(500) not null, "client_id" varchar(255) not null, "allowed_domains" jsonb not null, "require_sso" boolean not null default false, "ciphertext" bytea null, "nonce" bytea null, "wrapped_key" bytea null, "key_id" varchar(32) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "sso_provider_organization_id_index" on "sso_provider" ("organization_id");`);
    this.addSql(`create index "sso_provider_key_id_index" on "sso_provider" ("key_id");`);

    this.addSql(`create table "sso_login" ("id" uuid not null, "provider_id" uuid not null, "state_hash" varchar(64) not null, "oidc_nonce" varchar(128) not null, "ciphertext" bytea null, "nonce" bytea null, "wrapped_key" bytea null, "key_id" varchar(32) null, "next" varchar(500) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "sso_login_expires_at_index" on "sso_login" ("expires_at");`);
    this.addSql(`alter table "sso_login" add constraint "sso_login_state_hash_unique" unique ("state_hash");`);

    this.addSql(`create table "sso_identity" ("id" uuid not null, "user_id" uuid not null, "provider_id" uuid not null, "issuer" varchar(500) not null, "subject" varchar(255) not null, "last_email" varchar(320) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "sso_identity_user_id_index" on "sso_identity" ("user_id");`);
    this.addSql(`create index "sso_identity_provider_id_index" on "sso_identity" ("provider_id");`);
    this.addSql(`alter table "sso_identity" add constraint "sso_identity_issuer_subject_unique" unique ("issuer", "subject");`);

    this.addSql(`alter table "sso_provider" add constraint "sso_provider_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "sso_login" add constraint "sso_login_provider_id_foreign" foreign key ("provider_id") references "sso_provider" ("id") on delete cascade;`);

    this.addSql(`alter table "sso_identity" add constraint "sso_identity_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);
    this.addSql(`alter table "sso_identity" add constraint "sso_identity_provider_id_foreign" foreign key ("provider_id") references "sso_provider" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "sso_login" drop constraint "sso_login_provider_id_foreign";`);
    this.addSql(`alter table "sso_identity" drop constraint "sso_identity_provider_id_foreign";`);

    this.addSql(`drop table if exists "sso_provider" cascade;`);
    this.addSql(`drop table if exists "sso_login" cascade;`);
    this.addSql(`drop table if exists "sso_identity" cascade;`);
  }

}
