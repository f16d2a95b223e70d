using GridFunctions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddGridFunctions(builder.Configuration);

// Settings are validated when the host starts (ValidateOnStart): a bad one stops it with a message naming the key.
builder.Build().Run();
