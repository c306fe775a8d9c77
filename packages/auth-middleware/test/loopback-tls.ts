// A self-signed certificate for 127.0.0.1 and localhost (P-256, valid until 2126) and its key, for tests of https over
// loopback only: generated with `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -days 36500 -nodes
// -subj /CN=localhost -addext "subjectAltName=IP:127.0.0.1,DNS:localhost"`. Trusted by nothing but the tests that pass it.

/** The certificate, PEM. */
export const loopbackCertificate = `-----BEGIN CERTIFICATE-----
MIIBnDCCAUGgAwIBAgIUMllWvC5hfFQvjcnoiz4UJw9CoTEwCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTIwMTEzMjEzMVoYDzIxMjYxMTA3
MTMyMTMxWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAAT/jnmArlbIHbFRwO6KftnA/exFAuwemfkZkO4+6W0GV1OlLWDO0J+U
7X+HaC3/ChYoXXnaVCGEcv9Xj+MHRnc6o28wbTAdBgNVHQ4EFgQU8wsivCtBJrqb
7if33eibkXOtEaUwHwYDVR0jBBgwFoAU8wsivCtBJrqb7if33eibkXOtEaUwDwYD
VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARhwR/AAABgglsb2NhbGhvc3QwCgYIKoZI
zj0EAwIDSQAwRgIhAPNv/ac42nm4qdVZa7Z+p0f8fA2bnfXmkbsjV4hmflP7AiEA
x9bcuctivSg3LVhWpo7ypMUm+yLGI7OaG+egL1QWjNQ=
-----END CERTIFICATE-----
`;

/** Its private key, PEM (a test fixture, not a secret). */
export const loopbackKey = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg1RKoC27DCh5xvGsS
c4y/Fzh1G/RgJf+XbqGLQhZMfyShRANCAAT/jnmArlbIHbFRwO6KftnA/exFAuwe
mfkZkO4+6W0GV1OlLWDO0J+U7X+HaC3/ChYoXXnaVCGEcv9Xj+MHRnc6
-----END PRIVATE KEY-----
`;
