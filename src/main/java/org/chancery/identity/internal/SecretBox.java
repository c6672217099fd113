package org.chancery.identity.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.chancery.kernel.Aead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps account secrets (second-factor seeds) encrypted at rest under a key held outside the database,
 * so a copy of the database alone cannot produce one-time codes. Sealed form: {@code v1:} and base64.
 */
@Component
public class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
	private static final String PREFIX = "v1:";
	private static final byte[] CONTEXT = "chancery-account-secret".getBytes(StandardCharsets.US_ASCII);

	private final Aead aead;

	public SecretBox(@Value("${chancery.identity.secret-key-file:${chancery.data-dir:./data}/keys/identity-secrets.key}") Path keyFile) {
		this.aead = new Aead(Aead.keyFile(keyFile, log));
	}

	public String seal(String secret) {
		return PREFIX + Base64.getEncoder().encodeToString(aead.seal(secret.getBytes(StandardCharsets.UTF_8), CONTEXT));
	}

	public String open(String sealed) {
		if (!sealed.startsWith(PREFIX)) {
			throw new IllegalStateException("not a sealed secret");
		}
		return new String(aead.open(Base64.getDecoder().decode(sealed.substring(PREFIX.length())), CONTEXT), StandardCharsets.UTF_8);
	}
}
