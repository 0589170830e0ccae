import { create } from 'zustand';
import { parseRouteHash, routeHash, type Route } from './routes';

interface RouteState {
  route: Route;
  /** Counts every navigation, including to the address already shown, so a screen can react to "go here again". */
  visit: number;
}

export const useRoute = create<RouteState>()(() => ({
  route: parseRouteHash(window.location.hash),
  visit: 0,
}));

window.addEventListener('hashchange', () => {
  useRoute.setState((state) => ({
    route: parseRouteHash(window.location.hash),
    visit: state.visit + 1,
  }));
});

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash === hash) useRoute.setState((state) => ({ visit: state.visit + 1 }));
  else window.location.hash = hash;
}
