package org.chancery.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** RFC 6962 hashing against the Certificate Transparency reference vectors, and proof round trips. */
class MerkleTreeTests {

	private static final HexFormat HEX = HexFormat.of();

	// The reference leaves of the CT test suite and the root of the tree over the first n of them.
	private static final String[] LEAVES = { "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
			"606162636465666768696a6b6c6d6e6f" };
	private static final String[] ROOTS = { "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328" };

	private static List<byte[]> leafHashes(int n) {
		return IntStream.range(0, n).mapToObj(i -> MerkleTree.leafHash(HEX.parseHex(LEAVES[i]))).toList();
	}

	private static List<String> hex(List<byte[]> hashes) {
		return hashes.stream().map(HEX::formatHex).toList();
	}

	@Test
	void emptyTreeHashesTheEmptyString() {
		assertThat(HEX.formatHex(MerkleTree.root(List.of()))).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		assertThat(HEX.formatHex(new MerkleTree.CompactRange().root())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void rootsMatchTheReferenceVectors() {
		for (int n = 1; n <= 8; n++) {
			assertThat(HEX.formatHex(MerkleTree.root(leafHashes(n)))).as("root of %d leaves", n).isEqualTo(ROOTS[n - 1]);
		}
	}

	@Test
	void growingRangeGivesTheSameRootsAsTheRecursiveDefinition() {
		MerkleTree.CompactRange range = new MerkleTree.CompactRange();
		List<byte[]> leaves = new ArrayList<>();
		for (int n = 1; n <= 70; n++) {
			byte[] leaf = MerkleTree.leafHash(new byte[] { (byte) n, (byte) (n >> 8) });
			leaves.add(leaf);
			range.append(leaf);
			assertThat(range.root()).as("size %d", n).isEqualTo(MerkleTree.root(leaves));
			MerkleTree.CompactRange copy = new MerkleTree.CompactRange(range.size(), range.hashes());
			assertThat(copy.root()).isEqualTo(range.root());
		}
		for (int n = 1; n <= 8; n++) {
			MerkleTree.CompactRange r = new MerkleTree.CompactRange();
			leafHashes(n).forEach(r::append);
			assertThat(HEX.formatHex(r.root())).isEqualTo(ROOTS[n - 1]);
		}
	}

	@Test
	void inclusionProofsMatchTheReferenceVectors() {
		assertThat(hex(MerkleTree.inclusionProof(leafHashes(8), 0))).containsExactly(
				"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
		assertThat(hex(MerkleTree.inclusionProof(leafHashes(8), 5))).containsExactly(
				"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
				"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
		assertThat(hex(MerkleTree.inclusionProof(leafHashes(3), 2))).containsExactly(
				"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
		assertThat(hex(MerkleTree.inclusionProof(leafHashes(5), 1))).containsExactly(
				"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
		assertThat(MerkleTree.inclusionProof(leafHashes(1), 0)).isEmpty();
	}

	@Test
	void consistencyProofsMatchTheReferenceVectors() {
		assertThat(hex(MerkleTree.consistencyProof(leafHashes(8), 1))).containsExactly(
				"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
		assertThat(hex(MerkleTree.consistencyProof(leafHashes(8), 3))).containsExactly(
				"0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
				"07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
				"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
				"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
		assertThat(MerkleTree.consistencyProof(leafHashes(8), 8)).isEmpty();
	}

	@Test
	void everyInclusionProofVerifiesAndNoCorruptedOneDoes() {
		for (int n = 1; n <= 33; n++) {
			List<byte[]> leaves = syntheticLeaves(n);
			byte[] root = MerkleTree.root(leaves);
			for (int i = 0; i < n; i++) {
				List<byte[]> path = MerkleTree.inclusionProof(leaves, i);
				assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, path, root)).as("leaf %d of %d", i, n).isTrue();
				for (int k = 0; k < path.size(); k++) {
					for (int bit : new int[] { 0, 7, 255 }) {
						List<byte[]> corrupted = new ArrayList<>(path);
						byte[] bad = corrupted.get(k).clone();
						bad[bit / 8] ^= (byte) (1 << (bit % 8));
						corrupted.set(k, bad);
						assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, corrupted, root))
							.as("leaf %d of %d, element %d bit %d flipped", i, n, k, bit).isFalse();
					}
				}
				byte[] otherLeaf = leaves.get((i + 1) % n).clone();
				if (n > 1) {
					assertThat(MerkleTree.verifyInclusion(otherLeaf, i, n, path, root)).isFalse();
				}
				if (i + 1 < n) {
					assertThat(MerkleTree.verifyInclusion(leaves.get(i), i + 1, n, path, root)).isFalse();
				}
				List<byte[]> longer = new ArrayList<>(path);
				longer.add(root);
				assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, longer, root)).isFalse();
				if (!path.isEmpty()) {
					assertThat(MerkleTree.verifyInclusion(leaves.get(i), i, n, path.subList(0, path.size() - 1), root)).isFalse();
				}
			}
		}
	}

	@Test
	void everyConsistencyProofVerifiesAndNoCorruptedOneDoes() {
		for (int n = 1; n <= 33; n++) {
			List<byte[]> leaves = syntheticLeaves(n);
			byte[] newRoot = MerkleTree.root(leaves);
			for (int m = 1; m <= n; m++) {
				byte[] oldRoot = MerkleTree.root(leaves.subList(0, m));
				List<byte[]> proof = MerkleTree.consistencyProof(leaves, m);
				assertThat(MerkleTree.verifyConsistency(m, n, oldRoot, newRoot, proof)).as("%d -> %d", m, n).isTrue();
				for (int k = 0; k < proof.size(); k++) {
					List<byte[]> corrupted = new ArrayList<>(proof);
					byte[] bad = corrupted.get(k).clone();
					bad[31] ^= 1;
					corrupted.set(k, bad);
					assertThat(MerkleTree.verifyConsistency(m, n, oldRoot, newRoot, corrupted)).as("%d -> %d element %d", m, n, k).isFalse();
				}
				if (m < n) {
					byte[] wrongOld = oldRoot.clone();
					wrongOld[0] ^= 1;
					assertThat(MerkleTree.verifyConsistency(m, n, wrongOld, newRoot, proof)).isFalse();
					assertThat(MerkleTree.verifyConsistency(m, n, oldRoot, MerkleTree.root(syntheticLeaves(n + 1)), proof)).isFalse();
				}
			}
		}
	}

	private static List<byte[]> syntheticLeaves(int n) {
		return IntStream.range(0, n).mapToObj(i -> MerkleTree.leafHash(("leaf-" + i).getBytes())).toList();
	}
}
