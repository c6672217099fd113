package org.chancery.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;

import org.chancery.support.ChanceryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tampering with the stored log is detected at the right entry. Each test tampers inside its own
 * transaction, which is rolled back afterwards, so the shared log stays intact for other tests.
 */
@ChanceryTest
@Transactional
@WithMockUser(username = "auditor", roles = "SECURITY_AUDITOR")
class AuditLogTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditLog log;

	@Autowired
	AuditVerification verification;

	@Autowired
	JdbcTemplate jdbc;

	long first;

	@BeforeEach
	void appendAndCheckpoint() {
		first = trail.record(AuditRecord.success("test.action", "thing", "0", "first").by("tester")).seq();
		for (int i = 1; i < 10; i++) {
			trail.record(AuditRecord.success("test.action", "thing", String.valueOf(i), "entry " + i).by("tester"));
		}
		assertThat(log.writeCheckpoint()).isPresent();
		trail.record(AuditRecord.success("test.action", "thing", "10", "after the checkpoint").by("tester"));
	}

	@Test
	void anUntouchedLogVerifies() {
		VerificationReport report = verification.verify();
		assertThat(report.intact()).as("%s %s", report.problem(), java.util.Arrays.toString(report.problemArguments())).isTrue();
		assertThat(report.entriesChecked()).isEqualTo(first + 11);
		assertThat(report.checkpointsChecked()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void anEditedRowIsNamed() {
		jdbc.update("update audit_entry set details = 'forged' where seq = ?", first + 4);
		VerificationReport report = verification.verify();
		assertThat(report.intact()).isFalse();
		assertThat(report.firstBadEntry()).isEqualTo(first + 4);
		assertThat(report.problem()).isEqualTo("audit.problem.altered");
	}

	@Test
	void anEditWithItsHashRecomputedIsNamedByTheSeal() {
		AuditEntry original = log.entry(first + 6);
		AuditEntry forged = new AuditEntry(original.seq(), original.occurredAt(), "someone-else", original.action(), original.objectType(),
				original.objectId(), original.remoteAddr(), original.outcome(), original.details());
		jdbc.update("update audit_entry set actor = ?, leaf_hash = ? where seq = ?", forged.actor(), forged.leafHashHex(), forged.seq());
		VerificationReport report = verification.verify();
		assertThat(report.intact()).isFalse();
		assertThat(report.firstBadEntry()).isEqualTo(first + 6);
		assertThat(report.problem()).isEqualTo("audit.problem.sealBroken");
	}

	@Test
	void aDeletedRowIsNamed() {
		jdbc.update("delete from audit_entry where seq = ?", first + 3);
		VerificationReport report = verification.verify();
		assertThat(report.intact()).isFalse();
		assertThat(report.firstBadEntry()).isEqualTo(first + 3);
		assertThat(report.problem()).isEqualTo("audit.problem.missing");
	}

	@Test
	void reorderedRowsAreNamedAtTheFirstMovedOne() {
		jdbc.update("update audit_entry set seq = -1 where seq = ?", first + 2);
		jdbc.update("update audit_entry set seq = ? where seq = ?", first + 2, first + 5);
		jdbc.update("update audit_entry set seq = ? where seq = -1", first + 5);
		VerificationReport report = verification.verify();
		assertThat(report.intact()).isFalse();
		assertThat(report.firstBadEntry()).isEqualTo(first + 2);
	}

	@Test
	void aTruncatedTailIsDetected() {
		Checkpoint latest = log.checkpoints().getLast();
		jdbc.update("delete from audit_entry where seq >= ?", latest.treeSize() - 2);
		jdbc.update("update audit_head set size = ?", latest.treeSize() - 2);
		VerificationReport report = verification.verify();
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).isEqualTo("audit.problem.truncated");
		assertThat(report.firstBadEntry()).isEqualTo(latest.treeSize() - 2);
	}

	@Test
	void rowsCutAfterTheLastCheckpointAreDetectedByTheHead() {
		long size = first + 11;
		jdbc.update("delete from audit_entry where seq = ?", size - 1);
		VerificationReport report = verification.verify();
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).isEqualTo("audit.problem.headMismatch");
	}

	@Test
	void aForgedCheckpointIsDetected() {
		Checkpoint latest = log.checkpoints().getLast();
		jdbc.update("update audit_checkpoint set root_hash = ? where tree_size = ?", HexFormat.of().formatHex(new byte[32]), latest.treeSize());
		VerificationReport report = verification.verify();
		assertThat(report.intact()).isFalse();
		assertThat(report.problem()).isEqualTo("audit.problem.checkpointSignature");
	}

	@Test
	void aNewRowAppendedOutsideTheServiceIsDetected() {
		AuditEntry last = log.entry(first + 10);
		jdbc.update("insert into audit_entry (seq, occurred_at, actor, action, object_type, object_id, remote_addr, outcome, details, leaf_hash, seal) "
				+ "select seq + 1, occurred_at, actor, action, object_type, object_id, remote_addr, outcome, details, leaf_hash, seal from audit_entry where seq = ?",
				last.seq());
		VerificationReport report = verification.verify();
		assertThat(report.intact()).isFalse();
		assertThat(report.firstBadEntry()).isEqualTo(last.seq() + 1);
	}

	@Test
	void entriesRecordWhoWhatWhenWhereAndOutcome() {
		AuditEntry entry = log.entry(first);
		assertThat(entry.actor()).isEqualTo("tester");
		assertThat(entry.action()).isEqualTo("test.action");
		assertThat(entry.objectType()).isEqualTo("thing");
		assertThat(entry.outcome()).isEqualTo(Outcome.SUCCESS);
		assertThat(entry.remoteAddr()).isNotBlank();
		assertThat(AuditEntry.decode(entry.canonical())).isEqualTo(entry);
	}

	@Test
	void inclusionAndConsistencyProofsCheckOutWithTheStandaloneChecker() {
		Checkpoint older = log.checkpoints().getLast();
		trail.record(AuditRecord.success("test.action", "thing", "11", "more").by("tester"));
		Checkpoint newer = log.writeCheckpoint().orElseThrow();
		var out = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
		String inclusion = json(ProofFiles.of(log.inclusionProof(first + 3, null)));
		assertThat(ProofCheck.check(inclusion, log.publicKeyBase64(), out)).isTrue();
		String consistency = json(ProofFiles.of(log.consistencyProof(older.treeSize(), newer.treeSize())));
		assertThat(ProofCheck.check(consistency, log.publicKeyBase64(), out)).isTrue();

		// any single corrupted element of the path is rejected
		List<String> path = ProofFiles.of(log.inclusionProof(first + 3, null)).path();
		for (String element : path) {
			String flipped = (element.charAt(0) == '0' ? '1' : '0') + element.substring(1);
			assertThat(ProofCheck.check(inclusion.replace(element, flipped), log.publicKeyBase64(), out)).as(element).isFalse();
		}
		// a changed entry, or another key, is rejected too
		String otherEntry = inclusion.replaceFirst("\"leafIndex\":\\d+", "\"leafIndex\":" + (first + 4));
		assertThat(ProofCheck.check(otherEntry, log.publicKeyBase64(), out)).isFalse();
		assertThat(ProofCheck.check(inclusion, otherKey(), out)).isFalse();
	}

	private static String json(Object value) {
		return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
	}

	private static String otherKey() {
		try {
			return java.util.Base64.getEncoder()
				.encodeToString(java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
