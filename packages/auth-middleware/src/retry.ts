/**
 * Statuses worth sending a retry-safe request again for; `ApiError.retryable` and the retry loop both read it
 * (501 is final: the server will not learn the method).
 */
export const retryableStatuses: readonly number[] = [408, 429, 500, 502, 503, 504];
