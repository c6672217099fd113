package org.chancery.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.chancery.kernel.Aead;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The log's keys, held outside the database: an Ed25519 key that signs checkpoints, and an HMAC key
 * derived from it that seals each entry, so an entry rewritten together with its hash is still named.
 */
@Component
public class CheckpointKeys {

	private static final Logger log = LoggerFactory.getLogger(CheckpointKeys.class);

	private final PrivateKey privateKey;
	private final PublicKey publicKey;
	private final byte[] sealKey;
	private final String keyId;

	public CheckpointKeys(AuditProperties properties) {
		KeyPair pair = loadOrCreate(properties.keyFile());
		this.privateKey = pair.getPrivate();
		this.publicKey = pair.getPublic();
		this.keyId = HexFormat.of().formatHex(sha256(publicKey.getEncoded()), 0, 8);
		MessageDigest sha = sha256Digest();
		sha.update("chancery-audit-seal-v1".getBytes(StandardCharsets.US_ASCII));
		sha.update(privateKey.getEncoded());
		this.sealKey = sha.digest();
	}

	public String keyId() {
		return keyId;
	}

	public PublicKey publicKey() {
		return publicKey;
	}

	public String publicKeyBase64() {
		return Base64.getEncoder().encodeToString(publicKey.getEncoded());
	}

	public byte[] sign(byte[] message) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initSign(privateKey);
			signature.update(message);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot sign audit checkpoint", e);
		}
	}

	public boolean verify(byte[] message, byte[] signatureBytes) {
		return verify(publicKey, message, signatureBytes);
	}

	public static boolean verify(PublicKey key, byte[] message, byte[] signatureBytes) {
		try {
			Signature signature = Signature.getInstance("Ed25519");
			signature.initVerify(key);
			signature.update(message);
			return signature.verify(signatureBytes);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return false;
		}
	}

	public static PublicKey publicKeyFrom(String base64) {
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("not an Ed25519 public key", e);
		}
	}

	/** A fresh MAC for sealing; not thread-safe, so each caller takes its own. */
	public Mac sealer() {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(sealKey, "HmacSHA256"));
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static KeyPair loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				String pem = Files.readString(file, StandardCharsets.US_ASCII);
				String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
				KeyFactory factory = KeyFactory.getInstance("Ed25519");
				PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
				return new KeyPair(derivePublic(factory, privateKey, file), privateKey);
			}
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			Aead.writePrivate(file, "-----BEGIN PRIVATE KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
					+ "\n-----END PRIVATE KEY-----\n");
			Files.writeString(file.resolveSibling(file.getFileName() + ".pub"), "-----BEGIN PUBLIC KEY-----\n"
					+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
			log.warn("Created a new audit checkpoint signing key at {}; keep it safe and outside the database", file.toAbsolutePath());
			return pair;
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot read or create the audit signing key " + file.toAbsolutePath(), e);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new IllegalStateException("the audit signing key " + file.toAbsolutePath() + " is not an Ed25519 PKCS#8 key", e);
		}
	}

	/** The JDK cannot derive an Ed25519 public key from a private one, so the .pub file beside it is read. */
	private static PublicKey derivePublic(KeyFactory factory, PrivateKey privateKey, Path file)
			throws IOException, GeneralSecurityException {
		Path pub = file.resolveSibling(file.getFileName() + ".pub");
		if (!Files.exists(pub)) {
			throw new InvalidKeyException("public key file " + pub + " is missing");
		}
		String body = Files.readString(pub, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
		if (!(privateKey instanceof EdECPrivateKey)) {
			throw new InvalidKeyException("not an Ed25519 key");
		}
		byte[] probe = "chancery-key-pair-check".getBytes(StandardCharsets.US_ASCII);
		Signature signature = Signature.getInstance("Ed25519");
		signature.initSign(privateKey);
		signature.update(probe);
		if (!verify(publicKey, probe, signature.sign())) {
			throw new InvalidKeyException("public key file " + pub + " does not match the private key");
		}
		return publicKey;
	}

	private static byte[] sha256(byte[] data) {
		return sha256Digest().digest(data);
	}

	private static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
