namespace GridBot.Testing.FakeVenues;

/// <summary>How a queued <see cref="Fault"/> replaces or wraps the venue's real answer.</summary>
public abstract partial class FakeVenueHost
{
    private async Task<FakeReply> ProduceAsync(FakeCall call, Fault? fault, CancellationToken ct)
    {
        switch (fault?.Kind)
        {
            case null:
                return Handle(call);
            case FaultKind.ServerError:
                if (fault.AfterProcessing)
                {
                    Handle(call);
                }

                return FaultReply(call, fault);
            case FaultKind.Timeout:
                var reply = fault.AfterProcessing ? Handle(call) : FaultReply(call, fault);
                await Task.Delay(fault.Delay, ct);
                return reply;
            case FaultKind.RateLimited or FaultKind.IpBanned:
                BackOff(fault.RetryAfterSeconds);
                return FaultReply(call, fault);
            case FaultKind.PartialFill:
                return Handle(call with { ImmediateFill = fault.FillQuantity });
            case FaultKind.MalformedJson:
                var real = fault.AfterProcessing ? Handle(call) : FakeReply.Json(new { });
                return real with { Body = Wire.Truncate(real.Body), VenueCode = null };
            case FaultKind.DropConnection:
                if (fault.AfterProcessing)
                {
                    Handle(call);
                }

                return FakeReply.Dropped;
            default:
                return FaultReply(call, fault);
        }
    }
}
