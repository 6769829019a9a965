/** The benchmark's fixed query mix: the relevance suite's 164 lay queries and its 12 out-of-domain ones. */
import { IN_DOMAIN, OUT_OF_DOMAIN } from '../../tests/relevance/queries';

export const QUERY_MIX: readonly string[] = [...IN_DOMAIN.map((q) => q.query), ...OUT_OF_DOMAIN];
