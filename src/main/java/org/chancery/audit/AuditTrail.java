package org.chancery.audit;

import java.time.Clock;

import javax.crypto.Mac;

import org.chancery.audit.internal.AuditStore;
import org.chancery.audit.internal.CheckpointKeys;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the audit log inside the caller's transaction: if the action rolls back, so does its
 * entry, and an action cannot commit without its entry. Appends are serialized on the head row, which
 * keeps sequence numbers gapless.
 */
@Service
public class AuditTrail {

	private final AuditStore store;
	private final CheckpointKeys keys;
	private final Clock clock;

	AuditTrail(AuditStore store, CheckpointKeys keys, Clock clock) {
		this.store = store;
		this.keys = keys;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public AuditEntry record(AuditRecord record) {
		MerkleTree.CompactRange head = store.lockHead();
		AuditEntry entry = new AuditEntry(head.size(), clock.instant(), truncate(record.actor() != null ? record.actor() : currentActor(), 200),
				truncate(record.action(), 100), truncate(record.objectType(), 100), truncate(record.objectId(), 200), remoteAddress(),
				record.outcome(), truncate(record.details(), 4000));
		byte[] leaf = entry.leafHash();
		Mac sealer = keys.sealer();
		byte[] seal = sealer.doFinal(leaf);
		head.append(leaf);
		store.append(entry, leaf, seal, head);
		return entry;
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return "system";
		}
		return authentication.getName();
	}

	static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "local";
	}

	/** Keeps a field within its column without splitting a surrogate pair. */
	private static String truncate(String value, int max) {
		if (value.length() <= max) {
			return value;
		}
		int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
		return value.substring(0, end);
	}
}
