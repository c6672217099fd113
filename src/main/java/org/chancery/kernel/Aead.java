package org.chancery.kernel;

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

/**
 * AES-256-GCM under one key: {@code seal} returns IV (12 bytes) followed by ciphertext and tag, bound to
 * the associated data; {@code open} refuses anything altered or sealed for other associated data. Errors
 * never carry key material. Keys come from files outside the database ({@link #keyFile}).
 */
public final class Aead {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	public Aead(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("an AES-256 key has 32 bytes");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	public static byte[] randomKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

	public byte[] seal(byte[] plaintext, byte[] associatedData) {
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			cipher.updateAAD(associatedData);
			byte[] sealed = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("encryption failed");
		}
	}

	public byte[] open(byte[] sealed, byte[] associatedData) {
		if (sealed.length < 12 + 16) {
			throw new IllegalStateException("sealed content is damaged");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 0, 12));
			cipher.updateAAD(associatedData);
			return cipher.doFinal(sealed, 12, sealed.length - 12);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("sealed content is damaged or belongs elsewhere");
		}
	}

	/** Reads a 32-byte key (base64) from a file, creating it with owner-only permissions when missing. */
	public static byte[] keyFile(Path file, org.slf4j.Logger log) {
		try {
			if (Files.exists(file)) {
				byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
				if (key.length != 32) {
					throw new IllegalStateException("the key file " + file.toAbsolutePath() + " must hold 32 bytes (base64)");
				}
				return key;
			}
			byte[] key = randomKey();
			writePrivate(file, Base64.getEncoder().encodeToString(key) + "\n");
			log.warn("Created a new key at {}; keep it safe and outside the database", file.toAbsolutePath());
			return key;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the key file " + file.toAbsolutePath(), e);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("the key file " + file.toAbsolutePath() + " is not base64");
		}
	}

	/** Writes a secret to a new file readable by its owner only (where the file system has permissions). */
	public static void writePrivate(Path file, String text) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, text, StandardCharsets.US_ASCII);
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// not a POSIX file system: the directory's own protection applies
		}
	}
}
