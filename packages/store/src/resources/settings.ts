import type { Ctx } from "./context.js";

/** Server-wide values shared by every instance on one database. */
export interface SettingsApi {
  get(name: string): Promise<string | undefined>;
  /** The stored value, or `initial` stored now; when instances race, all of them get the first one written. */
  getOrCreate(name: string, initial: string): Promise<string>;
}

export function settingsApi(ctx: Ctx): SettingsApi {
  const { db } = ctx;
  const api: SettingsApi = {
    async get(name) {
      const row = await db.selectFrom("settings").select("value").where("name", "=", name).executeTakeFirst();
      return row?.value;
    },
    async getOrCreate(name, initial) {
      await db
        .insertInto("settings")
        .values({ name, value: initial })
        .onConflict((oc) => oc.column("name").doNothing())
        .execute();
      return (await api.get(name))!;
    },
  };
  return api;
}
