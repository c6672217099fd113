package org.chancery.documents;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.chancery.kernel.Aead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signing key of each issuing organ, kept outside the database in an owner-only PEM file per organ
 * and algorithm (private key and certificate). A missing key is created with a self-signed certificate
 * naming the organ; an office with a certificate authority replaces the file with its issued key and
 * certificate. ECDSA P-256 with SHA-256 by default; SM2 with SM3 as an option.
 */
@Component
class OrganKeys {

	private static final Logger log = LoggerFactory.getLogger(OrganKeys.class);
	static final Provider BC = new BouncyCastleProvider();

	/** The signature algorithms offered. */
	enum Algorithm {
		ECDSA_P256("secp256r1", "SHA256withECDSA"), SM2("sm2p256v1", "SM3withSM2");

		final String curve;
		final String signature;

		Algorithm(String curve, String signature) {
			this.curve = curve;
			this.signature = signature;
		}
	}

	/** A private key with its certificate. */
	record Credential(PrivateKey key, X509Certificate certificate, Algorithm algorithm) {

		String fingerprint() {
			return OrganKeys.fingerprint(certificate);
		}
	}

	/** The SHA-256 of a certificate's encoding: how a signature's certificate is matched to an organ key. */
	static String fingerprint(X509Certificate certificate) {
		try {
			return org.chancery.kernel.Blobs.sha256(certificate.getEncoded());
		}
		catch (java.security.cert.CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private final Path dir;
	private final Algorithm algorithm;
	private final Clock clock;
	private final Map<String, Credential> cache = new ConcurrentHashMap<>();

	OrganKeys(@Value("${chancery.documents.signing-key-dir:${chancery.data-dir:./data}/keys/organs}") Path dir,
			@Value("${chancery.documents.signature-algorithm:ECDSA_P256}") Algorithm algorithm, Clock clock) {
		this.dir = dir;
		this.algorithm = algorithm;
		this.clock = clock;
	}

	Algorithm algorithm() {
		return algorithm;
	}

	Credential of(UUID organ, String name) {
		return cache.computeIfAbsent(organ + "-" + algorithm, k -> load(organ, name));
	}

	/** The certificates of every organ key on file: a signature by one of them is trusted. */
	Set<String> trustedFingerprints() {
		try (var files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith(".pem")).map(f -> {
				try {
					return read(Files.readString(f, StandardCharsets.US_ASCII)).fingerprint();
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}).collect(java.util.stream.Collectors.toSet());
		}
		catch (java.nio.file.NoSuchFileException e) {
			return Set.of();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private synchronized Credential load(UUID organ, String name) {
		Path file = dir.resolve(organ + "-" + algorithm.name().toLowerCase(java.util.Locale.ROOT) + ".pem");
		try {
			if (Files.exists(file)) {
				return read(Files.readString(file, StandardCharsets.US_ASCII));
			}
			Credential created = create(name);
			StringWriter pem = new StringWriter();
			try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
				writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(created.key(), null));
				writer.writeObject(created.certificate());
			}
			Aead.writePrivate(file, pem.toString());
			log.warn("Created a signing key for {} at {} with a self-signed certificate; replace it with one your certificate authority "
					+ "issued if you have one", name, file.toAbsolutePath());
			return created;
		}
		catch (IOException | GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
			throw new IllegalStateException("cannot read or create the signing key " + file.toAbsolutePath(), e);
		}
	}

	private Credential create(String name) throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
		generator.initialize(new ECGenParameterSpec(algorithm.curve), new SecureRandom());
		KeyPair pair = generator.generateKeyPair();
		var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name).addRDN(BCStyle.O, "Chancery").build();
		Date from = Date.from(clock.instant().minus(Duration.ofDays(1)));
		Date until = Date.from(clock.instant().plus(Duration.ofDays(3650)));
		var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, new SecureRandom()), from, until, subject, pair.getPublic());
		X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder(algorithm.signature).setProvider(BC).build(pair.getPrivate()));
		return new Credential(pair.getPrivate(), new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder), algorithm);
	}

	private Credential read(String pem) throws IOException {
		try (PEMParser parser = new PEMParser(new StringReader(pem))) {
			PrivateKey key = null;
			X509Certificate certificate = null;
			Object o;
			while ((o = parser.readObject()) != null) {
				if (o instanceof PrivateKeyInfo info) {
					key = new JcaPEMKeyConverter().setProvider(BC).getPrivateKey(info);
				}
				else if (o instanceof org.bouncycastle.openssl.PEMKeyPair pair) {
					key = new JcaPEMKeyConverter().setProvider(BC).getPrivateKey(pair.getPrivateKeyInfo());
				}
				else if (o instanceof X509CertificateHolder holder) {
					certificate = new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
				}
			}
			if (key == null || certificate == null) {
				throw new IOException("a signing key file holds a private key and a certificate");
			}
			Algorithm alg = certificate.getSigAlgName().toUpperCase(java.util.Locale.ROOT).contains("SM2") ? Algorithm.SM2 : Algorithm.ECDSA_P256;
			return new Credential(key, certificate, alg);
		}
		catch (java.security.cert.CertificateException e) {
			throw new IOException(e);
		}
	}
}
