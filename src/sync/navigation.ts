// Calls back after SPA navigations: history.pushState / replaceState (wrapped) and popstate.

export function onNavigation(callback: () => void): void {
  addEventListener('popstate', callback);
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = history[method];
    history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      callback();
      return result;
    };
  }
}
