// Integration tests call route handlers directly, standing in for lib/cli/serve.mjs: they name each
// request's peer in the x-gridwatch-peer header themselves, so the process carries serve.mjs's mark.
import { PEER_MARK } from './client-key';

(globalThis as Record<symbol, unknown>)[PEER_MARK] = true;
