using System.Text;

// The same host din serve builds (an empty builder, Kestrel alone), answering one constant line.
var body = Encoding.UTF8.GetBytes("say en \"Connecting you.\"\ntransfer +81336042000");
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
builder.WebHost.UseKestrelCore();
builder.WebHost.UseUrls(args.Length > 0 ? args[0] : "http://127.0.0.1:8081");
var app = builder.Build();
app.Run(context =>
{
    context.Response.ContentType = "text/plain; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
});
await app.RunAsync();
