namespace GridBot.Storage;
