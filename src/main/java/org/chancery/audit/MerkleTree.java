package org.chancery.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merkle tree hashing as RFC 6962 §2.1 defines it (SHA-256; leaf prefix 0x00, node prefix 0x01), with
 * audit paths, consistency proofs and their verification (RFC 9162 §2.1.3.2 and §2.1.4.2).
 *
 * <p>Pure JDK on purpose: {@link ProofCheck} runs it from the command line without the application.
 */
public final class MerkleTree {

	private MerkleTree() {
	}

	public static byte[] leafHash(byte[] leaf) {
		MessageDigest sha = sha256();
		sha.update((byte) 0x00);
		sha.update(leaf);
		return sha.digest();
	}

	public static byte[] nodeHash(byte[] left, byte[] right) {
		MessageDigest sha = sha256();
		sha.update((byte) 0x01);
		sha.update(left);
		sha.update(right);
		return sha.digest();
	}

	public static byte[] emptyRoot() {
		return sha256().digest();
	}

	/** MTH(D[n]) over leaf hashes. */
	public static byte[] root(List<byte[]> leafHashes) {
		return leafHashes.isEmpty() ? emptyRoot() : subtreeRoot(leafHashes, 0, leafHashes.size());
	}

	private static byte[] subtreeRoot(List<byte[]> leaves, int from, int to) {
		int n = to - from;
		if (n == 1) {
			return leaves.get(from);
		}
		int k = largestPowerOfTwoBelow(n);
		return nodeHash(subtreeRoot(leaves, from, from + k), subtreeRoot(leaves, from + k, to));
	}

	/** PATH(m, D[n]): the audit path of leaf {@code index} in the tree of all given leaves. */
	public static List<byte[]> inclusionProof(List<byte[]> leafHashes, int index) {
		if (index < 0 || index >= leafHashes.size()) {
			throw new IllegalArgumentException("leaf index " + index + " outside tree of size " + leafHashes.size());
		}
		List<byte[]> path = new ArrayList<>();
		path(leafHashes, index, 0, leafHashes.size(), path);
		return path;
	}

	private static void path(List<byte[]> leaves, int m, int from, int to, List<byte[]> out) {
		int n = to - from;
		if (n == 1) {
			return;
		}
		int k = largestPowerOfTwoBelow(n);
		if (m < k) {
			path(leaves, m, from, from + k, out);
			out.add(subtreeRoot(leaves, from + k, to));
		}
		else {
			path(leaves, m - k, from + k, to, out);
			out.add(subtreeRoot(leaves, from, from + k));
		}
	}

	/** PROOF(m, D[n]): proves that the first {@code oldSize} leaves are a prefix of all given leaves. */
	public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int oldSize) {
		int n = leafHashes.size();
		if (oldSize <= 0 || oldSize > n) {
			throw new IllegalArgumentException("old size " + oldSize + " must be in 1.." + n);
		}
		List<byte[]> proof = new ArrayList<>();
		if (oldSize < n) {
			subproof(leafHashes, oldSize, 0, n, true, proof);
		}
		return proof;
	}

	private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean complete, List<byte[]> out) {
		int n = to - from;
		if (m == n) {
			if (!complete) {
				out.add(subtreeRoot(leaves, from, to));
			}
			return;
		}
		int k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			subproof(leaves, m, from, from + k, complete, out);
			out.add(subtreeRoot(leaves, from + k, to));
		}
		else {
			subproof(leaves, m - k, from + k, to, false, out);
			out.add(subtreeRoot(leaves, from, from + k));
		}
	}

	/** RFC 9162 §2.1.3.2. */
	public static boolean verifyInclusion(byte[] leafHash, long index, long treeSize, List<byte[]> path, byte[] root) {
		if (index < 0 || index >= treeSize) {
			return false;
		}
		long fn = index;
		long sn = treeSize - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (p.length != 32 || sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = nodeHash(p, r);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>= 1;
						sn >>= 1;
					}
				}
			}
			else {
				r = nodeHash(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(r, root);
	}

	/** RFC 9162 §2.1.4.2. */
	public static boolean verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot,
			List<byte[]> proof) {
		if (oldSize <= 0 || oldSize > newSize) {
			return false;
		}
		if (oldSize == newSize) {
			return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
		}
		if (proof.isEmpty()) {
			return false;
		}
		List<byte[]> p = new ArrayList<>(proof);
		if (Long.bitCount(oldSize) == 1) {
			p.addFirst(oldRoot);
		}
		if (p.isEmpty() || p.stream().anyMatch(h -> h.length != 32)) {
			return false;
		}
		long fn = oldSize - 1;
		long sn = newSize - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		byte[] fr = p.getFirst();
		byte[] sr = p.getFirst();
		for (byte[] c : p.subList(1, p.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = nodeHash(c, fr);
				sr = nodeHash(c, sr);
				if ((fn & 1) == 0) {
					while ((fn & 1) == 0 && fn != 0) {
						fn >>= 1;
						sn >>= 1;
					}
				}
			}
			else {
				sr = nodeHash(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
	}

	static int largestPowerOfTwoBelow(int n) {
		return Integer.highestOneBit(n - 1);
	}

	/** One digest per thread: looking up a provider for every hash costs more than the hash. */
	private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	});

	static MessageDigest sha256() {
		MessageDigest digest = DIGEST.get();
		digest.reset();
		return digest;
	}

	/**
	 * The right edge of a growing tree: the roots of its perfect subtrees, largest first. Appending a
	 * leaf and computing the root both take O(log n), so the log never rereads old entries to sign.
	 */
	public static final class CompactRange {

		private final List<byte[]> stack;
		private long size;

		public CompactRange() {
			this(0, List.of());
		}

		public CompactRange(long size, List<byte[]> stack) {
			if (Long.bitCount(size) != stack.size()) {
				throw new IllegalArgumentException("a range of size " + size + " holds " + Long.bitCount(size) + " hashes");
			}
			this.size = size;
			this.stack = new ArrayList<>(stack);
		}

		public void append(byte[] leafHash) {
			byte[] h = leafHash;
			long s = size;
			while ((s & 1) == 1) {
				h = nodeHash(stack.removeLast(), h);
				s >>= 1;
			}
			stack.add(h);
			size++;
		}

		public long size() {
			return size;
		}

		public List<byte[]> hashes() {
			return List.copyOf(stack);
		}

		public byte[] root() {
			if (stack.isEmpty()) {
				return emptyRoot();
			}
			byte[] r = stack.getLast();
			for (int i = stack.size() - 2; i >= 0; i--) {
				r = nodeHash(stack.get(i), r);
			}
			return r;
		}

		@Override
		public String toString() {
			return "CompactRange[size=" + size + ", hashes=" + stack.stream().map(Arrays::toString).toList() + "]";
		}
	}
}
