package org.chancery.audit.internal;

import java.util.List;
import java.util.Locale;

import org.chancery.audit.AuditLog;
import org.chancery.audit.AuditRecord;
import org.chancery.audit.AuditTrail;
import org.chancery.audit.AuditVerification;
import org.chancery.audit.VerificationReport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log's benchmark, run by hand (never by the tests): {@code --benchmark-audit=N} appends N
 * audited actions through the service layer, each in its own transaction as a real action would be,
 * writes a checkpoint, verifies the whole log, prints both rates and exits. See the README.
 */
@Component
@Order(90)
class AuditBenchmark implements ApplicationRunner {

	private final AuditTrail trail;
	private final AuditLog log;
	private final AuditVerification verification;
	private final TransactionTemplate tx;
	private final ApplicationContext context;

	AuditBenchmark(AuditTrail trail, AuditLog log, AuditVerification verification, PlatformTransactionManager transactions,
			ApplicationContext context) {
		this.trail = trail;
		this.log = log;
		this.verification = verification;
		this.tx = new TransactionTemplate(transactions);
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> values = args.getOptionValues("benchmark-audit");
		if (values == null) {
			return;
		}
		int n = Integer.parseInt(values.getFirst());
		// warm up the JIT and the connection pool before measuring
		append(Math.min(2_000, n));
		long started = System.nanoTime();
		append(n);
		double appendSeconds = (System.nanoTime() - started) / 1e9;
		log.writeCheckpoint();
		// the first passes warm up the JIT; the best of the following ones is reported
		VerificationReport report = verification.verify();
		for (int i = 0; i < 5; i++) {
			VerificationReport next = verification.verify();
			System.out.printf(Locale.ROOT, "  verify pass %d: %.0f entries/s%n", i + 1, next.entriesPerSecond());
			if (i == 0 || next.entriesPerSecond() > report.entriesPerSecond()) {
				report = next;
			}
		}
		System.out.printf(Locale.ROOT, "append: %d actions in %.2f s = %.0f actions/s%n", n, appendSeconds, n / appendSeconds);
		System.out.printf(Locale.ROOT, "verify: %d entries in %.2f s = %.0f entries/s (intact=%s)%n", report.entriesChecked(),
				report.elapsed().toNanos() / 1e9, report.entriesPerSecond(), report.intact());
		int code = report.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
	}

	private void append(int n) {
		for (int i = 0; i < n; i++) {
			int index = i;
			tx.executeWithoutResult(status -> trail.record(AuditRecord.success("benchmark.action", "benchmark", index,
					"a representative audited action with some details, number " + index).by("benchmark")));
		}
	}
}
