package org.chancery.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a downloaded proof file on its own, with the JDK only:
 *
 * <pre>
 * java -cp target/classes org.chancery.audit.ProofCheck proof.json [published-key.pub]
 * </pre>
 *
 * Give the office's published checkpoint key as the second argument to pin it; otherwise the key in
 * the file is used (and printed, to compare by eye). Exits 0 when the proof holds, 1 when it does not.
 */
public final class ProofCheck {

	private static final HexFormat HEX = HexFormat.of();

	private ProofCheck() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 1) {
			System.err.println("usage: ProofCheck proof.json [published-key.pub]");
			System.exit(2);
		}
		String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
		String keyBase64 = args.length > 1 ? pem(Files.readString(Path.of(args[1]), StandardCharsets.US_ASCII)) : string(json, "publicKey");
		boolean ok = check(json, keyBase64, System.out);
		System.out.println(ok ? "VALID" : "INVALID");
		System.exit(ok ? 0 : 1);
	}

	/** Checks a proof file against a checkpoint key (base64 X.509); explains each step on {@code out}. */
	public static boolean check(String json, String keyBase64, java.io.PrintStream out) {
		try {
			PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(keyBase64)));
			String type = string(json, "type");
			if (type.equals("chancery-audit-inclusion/v1")) {
				byte[] canonical = Base64.getDecoder().decode(string(json, "canonicalEntry"));
				AuditEntry entry = AuditEntry.decode(canonical);
				long index = number(json, "leafIndex");
				long size = number(json, "treeSize");
				byte[] root = HEX.parseHex(string(json, "rootHash"));
				byte[] leaf = MerkleTree.leafHash(canonical);
				out.println("entry " + entry.seq() + ": " + entry.occurredAt() + " " + entry.actor() + " " + entry.action() + " "
						+ entry.objectType() + "/" + entry.objectId() + " " + entry.outcome());
				boolean seqOk = entry.seq() == index;
				boolean leafOk = HEX.formatHex(leaf).equals(string(json, "leafHash"));
				boolean pathOk = MerkleTree.verifyInclusion(leaf, index, size, hashes(json, "path"), root);
				boolean sigOk = verify(key, Checkpoint.signedText(size, root, Instant.parse(string(json, "checkpointTime"))),
						string(json, "checkpointSignature"));
				out.println("sequence number matches leaf index: " + seqOk);
				out.println("leaf hash matches entry: " + leafOk);
				out.println("audit path leads to root " + HEX.formatHex(root) + " of tree size " + size + ": " + pathOk);
				out.println("checkpoint signature valid: " + sigOk);
				return seqOk && leafOk && pathOk && sigOk;
			}
			if (type.equals("chancery-audit-consistency/v1")) {
				long from = number(json, "fromSize");
				long to = number(json, "toSize");
				byte[] fromRoot = HEX.parseHex(string(json, "fromRootHash"));
				byte[] toRoot = HEX.parseHex(string(json, "toRootHash"));
				boolean pathOk = MerkleTree.verifyConsistency(from, to, fromRoot, toRoot, hashes(json, "path"));
				boolean fromSig = verify(key, Checkpoint.signedText(from, fromRoot, Instant.parse(string(json, "fromTime"))),
						string(json, "fromSignature"));
				boolean toSig = verify(key, Checkpoint.signedText(to, toRoot, Instant.parse(string(json, "toTime"))), string(json, "toSignature"));
				out.println("tree of size " + from + " is a prefix of tree of size " + to + ": " + pathOk);
				out.println("older checkpoint signature valid: " + fromSig);
				out.println("newer checkpoint signature valid: " + toSig);
				return pathOk && fromSig && toSig;
			}
			out.println("unknown proof type " + type);
			return false;
		}
		catch (Exception e) {
			out.println("malformed proof: " + e.getMessage());
			return false;
		}
	}

	private static boolean verify(PublicKey key, String text, String signatureBase64) throws Exception {
		Signature signature = Signature.getInstance("Ed25519");
		signature.initVerify(key);
		signature.update(text.getBytes(StandardCharsets.UTF_8));
		return signature.verify(Base64.getDecoder().decode(signatureBase64));
	}

	private static String pem(String text) {
		return text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
	}

	// A minimal reader for the flat fields of Chancery's own proof files (first occurrence of each key).
	static String string(String json, String key) {
		Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		if (!m.find()) {
			throw new IllegalArgumentException("missing " + key);
		}
		return m.group(1);
	}

	static long number(String json, String key) {
		Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*(\\d+)").matcher(json);
		if (!m.find()) {
			throw new IllegalArgumentException("missing " + key);
		}
		return Long.parseLong(m.group(1));
	}

	static List<byte[]> hashes(String json, String key) {
		Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\\[([^\\]]*)\\]").matcher(json);
		if (!m.find()) {
			throw new IllegalArgumentException("missing " + key);
		}
		List<byte[]> out = new ArrayList<>();
		Matcher item = Pattern.compile("\"([0-9a-fA-F]*)\"").matcher(m.group(1));
		while (item.find()) {
			out.add(HEX.parseHex(item.group(1)));
		}
		return out;
	}
}
