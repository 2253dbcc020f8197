// The account and region the console acts as. The server takes the account from a 12-digit access
// key id and the region from the signature's credential scope, so these two are all it needs.

export interface Settings {
  account: string;
  region: string;
}

const storageKey = "codeartifact-local.console.settings";
export const defaultSettings: Settings = { account: "000000000000", region: "us-east-1" };

export function loadSettings(): Settings {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey) ?? "null") as Partial<Settings> | null;
    return { ...defaultSettings, ...saved };
  } catch {
    return defaultSettings;
  }
}

export function saveSettings(settings: Settings): void {
  localStorage.setItem(storageKey, JSON.stringify(settings));
}

export const accountPattern = /^\d{12}$/;
export const regionPattern = /^[a-z]{2}(-[a-z]+)+-\d+$/;
