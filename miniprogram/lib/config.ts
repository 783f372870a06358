// Where the platform is and which mini-program this is. Edit API_BASE_URL (or call configure() before the
// first request) for your deployment; the appid is the one in project.config.json.
export interface Config {
  apiBaseUrl: string;
  appId: string;
}

const config: Config = {
  apiBaseUrl: "http://127.0.0.1:8000",
  appId: "wx6c1d0b4e2f8a9357", // the demo company's mini-program (placeholder: use your own appid)
};

export function configure(changes: Partial<Config>): void {
  Object.assign(config, changes);
}

export function getConfig(): Readonly<Config> {
  return config;
}
