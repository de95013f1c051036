import { Migration } from '@mikro-orm/migrations';

export class Migration20261122223442_Secrets extends Migration {

  override name = 'Migration20261122223442_Secrets';

  override up(): void | Promise<void> {
    this.addSql(`create table "secret" ("id" uuid not null, "organization_id" uuid not null, "key" varchar(100) not null, "description" varchar(500) not null default '', "created_by_id" uuid null, "created_by_name" varchar(200) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "secret" add constraint "secret_organization_id_key_unique" unique ("organization_id", "key");`);

    this.addSql(`create table "secret_reference" ("id" uuid not null, "organization_id" uuid not null, "secret_key" varchar(100) not null, "owner_type" text not null, "owner_id" uuid not null, "owner_name" varchar(200) not null, "environment" varchar(32) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "secret_reference_owner_type_owner_id_index" on "secret_reference" ("owner_type", "owner_id");`);
    this.addSql(`create index "secret_reference_organization_id_secret_key_index" on "secret_reference" ("organization_id", "secret_key");`);

    this.addSql(`create table "secret_value" ("id" uuid not null, "secret_id" uuid not null, "environment" varchar(32) not null, "version" int not null, "change" text not null, "restored_from" int null, "is_current" boolean not null default true, "ciphertext" bytea null, "nonce" bytea null, "wrapped_key" bytea null, "key_id" varchar(32) null, "created_by_id" uuid null, "created_by_name" varchar(200) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "secret_value_key_id_index" on "secret_value" ("key_id");`);
    this.addSql(`create unique index "secret_value_secret_id_environment_unique" on "secret_value" ("secret_id", "environment") where "is_current" = true;`);
    this.addSql(`alter table "secret_value" add constraint "secret_value_secret_id_environment_version_unique" unique ("secret_id", "environment", "version");`);

    this.addSql(`alter table "secret" add constraint "secret_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);

    this.addSql(`alter table "secret_reference" add constraint "secret_reference_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "secret_reference" add constraint "secret_reference_owner_type_check" check ("owner_type" in ('CONNECTION', 'INTEGRATION'));`);

    this.addSql(`alter table "secret_value" add constraint "secret_value_secret_id_foreign" foreign key ("secret_id") references "secret" ("id") on delete cascade;`);
    this.addSql(`alter table "secret_value" add constraint "secret_value_change_check" check ("change" in ('SET', 'RESTORED', 'REMOVED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "secret_value" drop constraint "secret_value_secret_id_foreign";`);

    this.addSql(`drop table if exists "secret" cascade;`);
    this.addSql(`drop table if exists "secret_reference" cascade;`);
    this.addSql(`drop table if exists "secret_value" cascade;`);
  }

}
