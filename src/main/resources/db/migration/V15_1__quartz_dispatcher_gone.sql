-- The outbox dispatcher was a clustered Quartz job; every instance now runs its own loop. Its old
-- trigger would go on firing every second, doing nothing.
DELETE FROM QRTZ_SIMPLE_TRIGGERS WHERE TRIGGER_NAME = 'outbox-dispatcher' AND TRIGGER_GROUP = 'followthrough';
DELETE FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'outbox-dispatcher' AND TRIGGER_GROUP = 'followthrough';
DELETE FROM QRTZ_JOB_DETAILS WHERE JOB_NAME = 'outbox-dispatcher' AND JOB_GROUP = 'followthrough';
