import { Migration } from '@mikro-orm/migrations';

export class Migration20261201232319_ConnectionOAuthIdentity extends Migration {

  override name = 'Migration20261201232319_ConnectionOAuthIdentity';

  override up(): void | Promise<void> {
    this.addSql(`alter table "credential" add "token_scopes" varchar(2000) null, add "connected_as" varchar(320) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "credential" drop column "token_scopes", drop column "connected_as";`);
  }

}
