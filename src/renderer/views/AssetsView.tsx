// The asset library lives in views/assets/; the shell imports it from here.
export { AssetsView } from './assets/AssetsView';
