package dev.cronhound.cli.simulate;

/**
 * One plain-HTTP request a client makes.
 *
 * @param method {@link HttpRecord#GET} or {@link HttpRecord#POST}
 * @param path URI path prefix; a random token is appended to it
 * @param requestBody bytes of request body (uploads)
 * @param responseBody bytes of response body
 * @param responseMime MIME type of the response body
 * @param duration microseconds the connection lasts
 */
record HttpCall(
    byte[] method,
    String path,
    String userAgent,
    long requestBody,
    long responseBody,
    byte[] responseMime,
    long duration) {}
