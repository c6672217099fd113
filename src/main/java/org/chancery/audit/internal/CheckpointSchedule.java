package org.chancery.audit.internal;

import org.chancery.audit.AuditLog;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Signs the log's head at a fixed interval, when it has grown. */
@Component
class CheckpointSchedule {

	private final AuditLog log;

	CheckpointSchedule(AuditLog log) {
		this.log = log;
	}

	@Scheduled(fixedDelayString = "${chancery.audit.checkpoint-interval:5m}", initialDelayString = "${chancery.audit.checkpoint-interval:5m}")
	void checkpoint() {
		log.writeCheckpoint();
	}
}
