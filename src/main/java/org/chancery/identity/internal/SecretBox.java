package org.chancery.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps account secrets (second-factor seeds) encrypted at rest with AES-256-GCM under a key held
 * outside the database, so a copy of the database alone cannot produce one-time codes. The sealed form
 * is {@code v1:} and base64 of IV (12 bytes) followed by ciphertext and tag.
 */
@Component
public class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String PREFIX = "v1:";

	private final SecretKeySpec key;

	public SecretBox(@Value("${chancery.identity.secret-key-file:${chancery.data-dir:./data}/keys/identity-secrets.key}") Path keyFile) {
		this.key = new SecretKeySpec(loadOrCreate(keyFile), "AES");
	}

	public String seal(String secret) {
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot seal a secret", e);
		}
	}

	public String open(String sealed) {
		if (!sealed.startsWith(PREFIX)) {
			throw new IllegalStateException("not a sealed secret");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
			return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("a sealed secret cannot be opened with this key", e);
		}
	}

	private static byte[] loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
				if (key.length != 32) {
					throw new IllegalStateException("the key " + file.toAbsolutePath() + " must hold 32 bytes (base64)");
				}
				return key;
			}
			byte[] key = new byte[32];
			RANDOM.nextBytes(key);
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ignored) {
				// not a POSIX file system: the directory's own protection applies
			}
			log.warn("Created a new key for account secrets at {}; keep it safe and outside the database", file.toAbsolutePath());
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the key " + file.toAbsolutePath(), e);
		}
	}
}
