// The engine's own edit application: the harness applies fixes exactly as the front ends do.
export { applyEdits } from '../../server/src/engine/fixes';
