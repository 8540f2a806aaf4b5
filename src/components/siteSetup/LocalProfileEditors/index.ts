export { LocalProfileEditors } from './LocalProfileEditors';
