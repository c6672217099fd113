package org.chancery.kernel;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values worked out once per transaction (who the signed-in person is to the access policy, which units
 * they belong to): a request that checks them ten times reads the database once. Outside a
 * transaction nothing is kept.
 */
public final class PerTransaction {

	private static final Object KEY = new Object();

	private PerTransaction() {
	}

	@SuppressWarnings("unchecked")
	public static <T> T get(Object key, Supplier<T> compute) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return compute.get();
		}
		Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager.getResource(KEY);
		if (memo == null) {
			memo = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, memo);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
		}
		Object value = memo.get(key);
		if (value == null) {
			value = compute.get();
			memo.put(key, value);
		}
		return (T) value;
	}
}
