// What the page can see of Tauri: withGlobalTauri puts the IPC door on
// window.__TAURI__ (no npm package, no build step). Only what api.js uses.
interface Window {
  __TAURI__?: {
    core: { invoke(command: string, args?: Record<string, unknown>): Promise<unknown> };
    event: {
      listen<T>(event: string, handler: (message: { payload: T }) => void): Promise<() => void>;
    };
  };
}
