using System.Text.Json;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.Entities;
using DurableTask.Core.Entities.OperationFormat;
using DurableTask.Core.Exceptions;
using GridBot.Core.Bots;
using GridFunctions.Durable;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using CoreEntity = DurableTask.Core.Entities.TaskEntity;
using CoreTaskActivity = DurableTask.Core.TaskActivity;

namespace GridFunctions.Testing;

/// <summary>
/// The app's orchestration, entity and activities on the real Durable Task engine (DurableTask.Core's
/// <see cref="TaskHubWorker"/> with the Azure Storage backend the Durable extension uses in Azure), against the
/// project's Azurite, in process. The app's SDK-style functions are adapted with <see cref="DurableTaskShimFactory"/>
/// exactly as the Functions host adapts them. <see cref="StopWorkerAsync"/> and <see cref="StartWorkerAsync"/> kill
/// and restart the worker on the same task hub (what a crashed and restarted Function host does).
/// </summary>
public sealed class DurableEngine : IBotOrchestrations, IAsyncDisposable
{
    private readonly AzureStorageOrchestrationServiceSettings _settings;
    private readonly RequestCounter _requests;
    private readonly AzureStorageOrchestrationService _service;
    private readonly TaskHubClient _client;
    private readonly Func<BotActivities> _activities;
    private readonly ILoggerFactory _logs;
    private TaskHubWorker? _worker;

    private DurableEngine(
        AzureStorageOrchestrationServiceSettings settings, AzureStorageOrchestrationService service, RequestCounter requests, string taskHub, Func<BotActivities> activities, ILoggerFactory logs)
    {
        _requests = requests;
        _settings = settings;
        _service = service;
        TaskHub = taskHub;
        _activities = activities;
        _logs = logs;
        _client = new TaskHubClient(service, new StjDataConverter(), logs);
    }

    public string TaskHub { get; }

    /// <summary>Storage requests the engine (worker and client) has made to the account: a cost driver on Azure.</summary>
    public long StorageRequests => _requests.Count;

    /// <summary>Every BotOperation instance started through this engine, in order (for counting and inspection).</summary>
    public List<string> Started { get; } = [];

    public static async Task<DurableEngine> StartAsync(string connectionString, Func<BotActivities> activities, ILoggerFactory? logs = null)
    {
        logs ??= NullLoggerFactory.Instance;
        var requests = new RequestCounter();
        var blobs = new BlobClientOptions();
        var queues = new QueueClientOptions();
        var tables = new TableClientOptions();
        foreach (var options in new ClientOptions[] { blobs, queues, tables })
        {
            options.AddPolicy(requests, HttpPipelinePosition.PerRetry);
        }

        var settings = new AzureStorageOrchestrationServiceSettings
        {
            StorageAccountClientProvider = new StorageAccountClientProvider(
                StorageServiceClientProvider.ForBlob(connectionString, blobs),
                StorageServiceClientProvider.ForQueue(connectionString, queues),
                StorageServiceClientProvider.ForTable(connectionString, tables)),
            TaskHubName = "gf" + Guid.NewGuid().ToString("N")[..12],
            PartitionCount = 1,
            UseSeparateQueueForEntityWorkItems = true,
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(100),

            // Extended sessions (orchestrations kept in memory between episodes) lose entity state on this backend:
            // a bot created in one operation is missing in the next. Left off, as the app's host.json leaves it off.
            ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(10),
            WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(10),
            LeaseInterval = TimeSpan.FromSeconds(10),
            LeaseRenewInterval = TimeSpan.FromSeconds(3),
            LeaseAcquireInterval = TimeSpan.FromSeconds(1),
            LoggerFactory = logs,
        };
        var service = new AzureStorageOrchestrationService(settings);
        await service.CreateIfNotExistsAsync();
        var engine = new DurableEngine(settings, service, requests, settings.TaskHubName, activities, logs);
        await engine.StartWorkerAsync();
        return engine;
    }

    public async Task StartWorkerAsync()
    {
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { EnableEntitySupport = true }, _logs);
        var activities = _activities();
        // A worker of its own over a service of its own, as a (re)started host process has: the client's service instance
        // only reads and writes the hub's tables and queues.
        var worker = new TaskHubWorker(new AzureStorageOrchestrationService(_settings), _logs);
        worker.AddTaskOrchestrations(new Creator<TaskOrchestration>(BotOperationOrchestration.Name, () =>
            shims.CreateOrchestration<BotOperationRequest, BotOperationResult>(BotOperationOrchestration.Name, (ctx, input) => BotOperationOrchestration.RunAsync(ctx, input!)!)));
        worker.AddTaskEntities(new Creator<CoreEntity>(BotDurableEntity.Name.ToLowerInvariant(), () => new EntityHost(shims)));
        worker.AddTaskActivities(
            Activity<ViewRequest, string>(shims, BotActivities.ReadViewName, (r, ct) => activities.ReadViewAsync(r, ct)),
            Activity<FillsRequest, string>(shims, BotActivities.ReadFillsName, (r, ct) => activities.ReadFillsAsync(r, ct)),
            Activity<EffectRequest, PlaceResult>(shims, BotActivities.PlaceOrderName, (r, ct) => activities.PlaceOrderAsync(r, ct)),
            Activity<EffectRequest, bool>(shims, BotActivities.CancelOrderName, (r, ct) => activities.CancelOrderAsync(r, ct)),
            Activity<PublishRequest, bool>(shims, BotActivities.PublishFillsName, async (r, ct) => { await activities.PublishFillsAsync(r, ct); return true; }),
            Activity<NotifyRequest, bool>(shims, BotActivities.NotifyName, async (r, ct) => { await activities.NotifyAsync(r, ct); return true; }),
            Activity<string, bool>(shims, BotActivities.RegisterName, async (r, ct) => { await activities.RegisterAsync(r, ct); return true; }),
            Activity<ScheduleRequest, bool>(shims, BotActivities.ScheduleName, async (r, ct) => { await BotActivities.ScheduleWithAsync(r, this, ct); return true; }));
        await worker.StartAsync();
        _worker = worker;
    }

    /// <summary>Stops the worker at once, as a host that dies does: work in flight is abandoned, not finished.</summary>
    public async Task StopWorkerAsync()
    {
        if (_worker is { } worker)
        {
            _worker = null;
            await worker.StopAsync(isForced: true);
        }
    }

    public async Task<bool> StartAsync(string instanceId, BotOperationRequest request, DateTimeOffset? startAt, CancellationToken ct)
    {
        if (await IsActiveAsync(instanceId, ct))
        {
            return false;
        }

        try
        {
            OrchestrationStatus[] dedupe = [OrchestrationStatus.Pending, OrchestrationStatus.Running];
            if (startAt is { } at)
            {
                await _client.CreateOrchestrationInstanceAsync(BotOperationOrchestration.Name, string.Empty, instanceId, request, null, dedupe, at.UtcDateTime);
            }
            else
            {
                await _client.CreateOrchestrationInstanceAsync(BotOperationOrchestration.Name, string.Empty, instanceId, request, null, dedupe);
            }

            lock (Started)
            {
                Started.Add(instanceId);
            }

            return true;
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return false;
        }
    }

    public async Task<bool> IsActiveAsync(string instanceId, CancellationToken ct)
    {
        var state = await _client.GetOrchestrationStateAsync(instanceId);
        return state is { OrchestrationStatus: OrchestrationStatus.Pending or OrchestrationStatus.Running };
    }

    /// <summary>
    /// Polls the instance every 25 ms until it ends (the client's own wait polls every few seconds, which would make
    /// every operation look seconds long); gives up after 2 minutes.
    /// </summary>
    public async Task<BotOperationResult> WaitAsync(string instanceId, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var state = await _client.GetOrchestrationStateAsync(instanceId);
            switch (state?.OrchestrationStatus)
            {
                case OrchestrationStatus.Completed:
                    LastEngineTime = state.CompletedTime - state.CreatedTime;
                    return JsonSerializer.Deserialize<BotOperationResult>(state.Output) ?? new BotOperationResult(null, "no output");
                case OrchestrationStatus.Failed or OrchestrationStatus.Terminated or OrchestrationStatus.Canceled:
                    return new BotOperationResult(null, $"BotOperation {instanceId} ended {state.OrchestrationStatus}: {state.Output}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"BotOperation {instanceId} did not finish in 2 minutes");
            }

            await Task.Delay(25, ct);
        }
    }

    /// <summary>The last completed instance's time in the engine, from its creation to its completion (the engine's clock).</summary>
    public TimeSpan LastEngineTime { get; private set; }

    public async Task<BotState?> GetStateAsync(string botId, CancellationToken ct)
    {
        var entity = await ((IEntityOrchestrationService)_service).EntityBackendQueries!.GetEntityAsync(new EntityId(BotDurableEntity.Name.ToLowerInvariant(), botId), true, false, ct);
        if (entity?.SerializedState is not { } json)
        {
            return null;
        }

        var state = JsonSerializer.Deserialize<BotEntityState>(json);
        return state is null ? null : DurableJson.ReadState(state.Bot);
    }

    /// <summary>Every instance of this hub that is not finished (to wait for quiet).</summary>
    public async Task WaitForIdleAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            string[] ids;
            lock (Started)
            {
                ids = [.. Started];
            }

            var busy = false;
            foreach (var id in ids.Distinct())
            {
                busy |= await IsActiveAsync(id, CancellationToken.None);
            }

            if (!busy)
            {
                return;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("orchestrations still running");
    }

    public async ValueTask DisposeAsync()
    {
        await StopWorkerAsync();
        await _service.DeleteAsync();
    }

    private static NameValueObjectCreator<CoreTaskActivity> Activity<TIn, TOut>(DurableTaskShimFactory shims, string name, Func<TIn, CancellationToken, Task<TOut>> run) =>
        new(name, string.Empty, shims.CreateActivity<TIn, TOut>(name, async (_, input) => await run(input!, CancellationToken.None)));

    /// <summary>Counts every request sent to the storage account (each retry too: each is billed).</summary>
    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
    }

    /// <summary>A new orchestration (or entity) object per execution, as the worker expects.</summary>
    private sealed class Creator<T> : ObjectCreator<T>
    {
        private readonly Func<T> _create;

        public Creator(string name, Func<T> create)
        {
            Name = name;
            Version = string.Empty;
            _create = create;
        }

        public override T Create() => _create();
    }

    /// <summary>The entity's batches through the SDK's entity shim, with the entity id taken from the work item (@bot@{botId}).</summary>
    private sealed class EntityHost(DurableTaskShimFactory shims) : CoreEntity
    {
        public override Task<EntityBatchResult> ExecuteOperationBatchAsync(EntityBatchRequest request) =>
            shims.CreateEntity(BotDurableEntity.Name, new BotDurableEntity(), EntityId.FromString(request.InstanceId!)).ExecuteOperationBatchAsync(request);
    }

    /// <summary>The client's payloads as System.Text.Json writes them, as the SDK's shims read them.</summary>
    private sealed class StjDataConverter : DurableTask.Core.Serializing.DataConverter
    {
        private static readonly JsonSerializerOptions Options = new() { IncludeFields = true };

        public override string Serialize(object value) => JsonSerializer.Serialize(value, Options);

        public override string Serialize(object value, bool formatted) => JsonSerializer.Serialize(value, Options);

        public override object Deserialize(string data, Type objectType) => JsonSerializer.Deserialize(data, objectType, Options)!;
    }
}
