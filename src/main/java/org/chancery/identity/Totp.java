package org.chancery.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 with the RFC 4226 truncation: HMAC-SHA1, 30-second steps,
 * six digits, and one step of clock drift accepted either way.
 */
public final class Totp {

	public static final int STEP_SECONDS = 30;
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private Totp() {
	}

	public static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	public static String code(String base32Secret, long step) {
		return code(decodeBase32(base32Secret), step, 6, "HmacSHA1");
	}

	static String code(byte[] key, long step, int digits, String algorithm) {
		try {
			Mac mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, algorithm));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
					| (hash[offset + 3] & 0xff);
			int otp = binary % (int) Math.pow(10, digits);
			return String.format("%0" + digits + "d", otp);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The step the code matches within the drift window, if any. */
	public static OptionalLong matchingStep(String base32Secret, String code, Instant at) {
		String digits = code.strip().replace(" ", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long now = step(at);
		for (long s = now - 1; s <= now + 1; s++) {
			if (java.security.MessageDigest.isEqual(code(base32Secret, s).getBytes(), digits.getBytes())) {
				return OptionalLong.of(s);
			}
		}
		return OptionalLong.empty();
	}

	/** The otpauth URI an authenticator app reads from the QR code. */
	public static String uri(String issuer, String account, String secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits=6&period="
				+ STEP_SECONDS;
	}

	private static String encode(String s) {
		return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String base32(byte[] data) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : data) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] decodeBase32(String text) {
		String s = text.replace("=", "").replace(" ", "").toUpperCase();
		ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : s.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("not base32: " + c);
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return out.array();
	}
}
